/**
 * Demo data for `npm start` and the e2e suite: a meeting-room SaaS vendor's real-looking
 * subprocessors and one pending change. Names are real companies; details are illustrative.
 */
export const DEMO_ADMIN = "admin@roomtrust.test";

export const demoSubprocessors = [
  {
    id: "sp_cloudflare",
    name: "Cloudflare",
    legalEntity: "Cloudflare, Inc.",
    purpose: "Hosting of the web application and room-status service; content delivery; DDoS protection",
    location: "Global edge network; data at rest in the European Union",
    dataCategories: ["Account data", "Room display configuration", "Occupancy status", "Connection logs"],
    transferMechanism: "EU Standard Contractual Clauses (2021/914); EU–US Data Privacy Framework",
    website: "https://www.cloudflare.com",
  },
  {
    id: "sp_aws_backup",
    name: "Amazon Web Services",
    legalEntity: "Amazon Web Services EMEA SARL",
    purpose: "Encrypted database backups",
    location: "Ireland (eu-west-1)",
    dataCategories: ["Encrypted backups of account and configuration data"],
    transferMechanism: "Processing within the EEA",
    website: "https://aws.amazon.com",
  },
  {
    id: "sp_resend",
    name: "Resend",
    legalEntity: "Plus Five Five, Inc.",
    purpose: "Sending transactional email (sign-in links, change notices)",
    location: "United States",
    dataCategories: ["Email addresses", "Email content"],
    transferMechanism: "EU Standard Contractual Clauses (2021/914)",
    website: "https://resend.com",
  },
  {
    id: "sp_stripe",
    name: "Stripe",
    legalEntity: "Stripe Payments Europe, Limited",
    purpose: "Subscription billing and payment processing",
    location: "Ireland; United States for fraud prevention",
    dataCategories: ["Billing contact", "Payment card data (tokenised)", "Invoices"],
    transferMechanism: "EU Standard Contractual Clauses (2021/914); EU–US Data Privacy Framework",
    website: "https://stripe.com",
  },
  {
    id: "sp_zendesk",
    name: "Zendesk",
    legalEntity: "Zendesk, Inc.",
    purpose: "Customer support tickets and help centre",
    location: "European Union (Germany, Ireland)",
    dataCategories: ["Contact names", "Email addresses", "Support conversation content"],
    transferMechanism: "Processing within the EEA; Binding Corporate Rules for support access",
    website: "https://www.zendesk.com",
  },
  {
    id: "sp_sentry",
    name: "Sentry",
    legalEntity: "Functional Software, Inc.",
    purpose: "Application error monitoring",
    location: "European Union (Germany)",
    dataCategories: ["Technical error reports", "Truncated IP addresses"],
    transferMechanism: "Processing within the EEA; EU Standard Contractual Clauses for support access",
    website: "https://sentry.io",
  },
  {
    id: "sp_intercom",
    name: "Intercom",
    legalEntity: "Intercom R&D Unlimited Company",
    purpose: "In-app chat with administrators",
    location: "Ireland; United States",
    dataCategories: ["Administrator names", "Email addresses", "Chat content"],
    transferMechanism: "EU Standard Contractual Clauses (2021/914); EU–US Data Privacy Framework",
    website: "https://www.intercom.com",
  },
] as const;

/** The pending change the demo starts with: a new monitoring subprocessor. */
export const demoPendingChange = {
  changeKind: "add" as const,
  subprocessorId: "sp_datadog",
  proposed: {
    name: "Datadog",
    legalEntity: "Datadog, Inc.",
    purpose: "Infrastructure and performance monitoring of the room-status service",
    location: "European Union (Germany, EU1 region)",
    dataCategories: ["Service metrics", "Truncated IP addresses", "Display identifiers"],
    transferMechanism: "Processing within the EEA; EU Standard Contractual Clauses for support access",
    website: "https://www.datadoghq.com",
  },
  reason:
    "We are replacing our self-hosted metrics with a managed monitoring service to detect outages of room displays sooner. Data stays in the EU1 (Germany) region.",
};
