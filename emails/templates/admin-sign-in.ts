import type { EmailContent, Lang } from "../message";

export function adminSignIn({ signInUrl }: { signInUrl: string }, lang: Lang): EmailContent {
  if (lang === "fr") {
    return {
      subject: "Votre lien de connexion Roomtrust",
      preview: "Valable 15 minutes, une seule fois.",
      blocks: [
        { type: "heading", text: "Connexion à l’administration Roomtrust" },
        { type: "action", label: "Se connecter", href: signInUrl },
        { type: "small", text: "Ce lien est valable 15 minutes et une seule fois. Si vous n’avez rien demandé, ignorez ce message." },
      ],
    };
  }
  return {
    subject: "Your Roomtrust sign-in link",
    preview: "Valid for 15 minutes, once.",
    blocks: [
      { type: "heading", text: "Sign in to Roomtrust admin" },
      { type: "action", label: "Sign in", href: signInUrl },
      { type: "small", text: "This link works once and expires in 15 minutes. If you did not ask for it, ignore this message." },
    ],
  };
}
