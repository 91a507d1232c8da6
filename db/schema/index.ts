export * from "./portal";
export * from "./email";
export * from "./auth";
export * from "./evidence";
export * from "./rooms";
export * from "./contacts";
export * from "./webhooks";
