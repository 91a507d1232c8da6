import { renderToStaticMarkup } from "react-dom/server";
import type { Block, Lang } from "./message";

// Email clients ignore stylesheets and many CSS features, so styles are inline and simple.
// Colours keep WCAG AA contrast; the action is a real link with its own text. Long words and
// raw URLs break anywhere, or one link widens the whole email past a phone's screen.
const styles = {
  body: { margin: 0, padding: "24px 0", backgroundColor: "#f3f5f8", fontFamily: "Arial, Helvetica, sans-serif", color: "#1b1f24" },
  card: { maxWidth: "600px", margin: "0 auto", backgroundColor: "#ffffff", padding: "24px", border: "1px solid #c9ced6", overflowWrap: "break-word", wordBreak: "break-word" },
  heading: { fontSize: "22px", lineHeight: "1.3", margin: "0 0 16px" },
  paragraph: { fontSize: "16px", lineHeight: "1.5", margin: "0 0 16px" },
  small: { fontSize: "13px", lineHeight: "1.5", margin: "16px 0 0", color: "#4a5260" },
  url: { fontSize: "13px", lineHeight: "1.5", color: "#4a5260", wordBreak: "break-all" },
  label: { fontSize: "15px", padding: "4px 12px 4px 0", verticalAlign: "top", fontWeight: "bold" },
  value: { fontSize: "15px", padding: "4px 0", verticalAlign: "top" },
  action: { display: "inline-block", backgroundColor: "#0b5cad", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: "bold", textDecoration: "none", fontSize: "16px" },
} as const;

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case "heading":
      return <h1 style={styles.heading}>{block.text}</h1>;
    case "paragraph":
      return <p style={styles.paragraph}>{block.text}</p>;
    case "small":
      return <p style={styles.small}>{block.text}</p>;
    case "facts":
      return (
        <table role="presentation" cellPadding={0} cellSpacing={0} style={{ margin: "0 0 16px" }}>
          <tbody>
            {block.rows.map(([label, value, valueLang]) => (
              <tr key={label}>
                <th scope="row" style={{ ...styles.label, textAlign: "left" }}>{label}</th>
                <td style={styles.value} lang={valueLang}>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case "list":
      return <ul style={styles.paragraph}>{block.items.map((item) => <li key={item}>{item}</li>)}</ul>;
    case "action":
      return (
        <p style={styles.paragraph}>
          <a href={block.href} style={styles.action}>{block.label}</a>
          <br />
          <span style={styles.url}>{block.href}</span>
        </p>
      );
  }
}

/** The HTML part: a complete, accessible document (lang, title, real text, meaningful links). */
export function renderHtml(blocks: Block[], lang: Lang, subject: string, preview: string): string {
  const markup = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subject}</title>
      </head>
      <body style={styles.body}>
        <div style={{ display: "none", maxHeight: 0, overflow: "hidden" }}>{preview}</div>
        <div style={styles.card}>
          {blocks.map((block, i) => <BlockView key={i} block={block} />)}
        </div>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}
