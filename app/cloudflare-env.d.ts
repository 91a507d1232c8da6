// OpenNext types getCloudflareContext().env as CloudflareEnv: it is our app worker's bindings.
interface CloudflareEnv extends AppEnv {}
