export const dynamic = "force-dynamic";

// GET /api/health – 204 (answered by workers/app/entry.ts before Next.js except under `npm run dev`).
export function GET() {
  return new Response(null, { status: 204 });
}
