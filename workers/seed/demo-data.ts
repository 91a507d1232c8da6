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
    // In French for French readers (ADR 020); the English binds.
    french: {
      purpose: "Hébergement de l’application web et du service d’état des salles, diffusion de contenu, protection contre les attaques DDoS",
      location: "Réseau mondial en périphérie, données stockées dans l’Union européenne",
      dataCategories: ["Données de compte", "Configuration des écrans de salle", "État d’occupation", "Journaux de connexion"],
      transferMechanism: "Clauses contractuelles types de l’UE (2021/914)\u00a0; cadre de protection des données UE–États-Unis",
    },
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
    french: {
      purpose: "Sauvegardes chiffrées de la base de données",
      location: "Irlande (eu-west-1)",
      dataCategories: ["Sauvegardes chiffrées des données de compte et de configuration"],
      transferMechanism: "Traitement au sein de l’EEE",
    },
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
    french: {
      purpose: "Envoi des e-mails transactionnels (liens de connexion, avis de changement)",
      location: "États-Unis",
      dataCategories: ["Adresses e-mail", "Contenu des e-mails"],
      transferMechanism: "Clauses contractuelles types de l’UE (2021/914)",
    },
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
    french: {
      purpose: "Facturation des abonnements et traitement des paiements",
      location: "Irlande\u00a0; États-Unis pour la prévention de la fraude",
      dataCategories: ["Contact de facturation", "Données de carte de paiement (tokenisées)", "Factures"],
      transferMechanism: "Clauses contractuelles types de l’UE (2021/914)\u00a0; cadre de protection des données UE–États-Unis",
    },
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
    french: {
      purpose: "Tickets de support client et centre d’aide",
      location: "Union européenne (Allemagne, Irlande)",
      dataCategories: ["Noms des contacts", "Adresses e-mail", "Contenu des échanges avec le support"],
      transferMechanism: "Traitement au sein de l’EEE\u00a0; règles d’entreprise contraignantes pour l’accès du support",
    },
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
    french: {
      purpose: "Surveillance des erreurs de l’application",
      location: "Union européenne (Allemagne)",
      dataCategories: ["Rapports d’erreurs techniques", "Adresses IP tronquées"],
      transferMechanism: "Traitement au sein de l’EEE\u00a0; clauses contractuelles types de l’UE pour l’accès du support",
    },
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
    french: {
      purpose: "Messagerie intégrée avec les administrateurs",
      location: "Irlande\u00a0; États-Unis",
      dataCategories: ["Noms des administrateurs", "Adresses e-mail", "Contenu des conversations"],
      transferMechanism: "Clauses contractuelles types de l’UE (2021/914)\u00a0; cadre de protection des données UE–États-Unis",
    },
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
  // As a vendor admin would write it in the draft form's French fields.
  purposeFr: "Surveillance de l’infrastructure et des performances du service d’état des salles",
  locationFr: "Union européenne (Allemagne, région EU1)",
  dataCategoriesFr: ["Métriques du service", "Adresses IP tronquées", "Identifiants des écrans"],
  transferMechanismFr: "Traitement au sein de l’EEE\u00a0; clauses contractuelles types de l’UE pour l’accès du support",
  reasonFr:
    "Nous remplaçons nos métriques auto-hébergées par un service de surveillance géré, afin de détecter plus tôt les pannes des écrans de salle. Les données restent dans la région EU1 (Allemagne).",
};
