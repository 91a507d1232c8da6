// Draws the bitmap icons from public/icon.svg with Chromium: favicon.ico (16, 32 and 48 px), the
// tablet's home-screen icon (apple-touch-icon.png, 180 px, square: iOS rounds it) and the web
// manifest's icons (192 and 512 px). Run by hand after changing the SVG: `node scripts/make-icons.mjs`.
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync("public/icon.svg", "utf8");
// Home-screen icons are masked to the platform's shape, so they are drawn full-bleed.
const square = svg.replace(/ rx="\d+"/, "");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });

async function png(source, size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${source}`);
  const image = await page.screenshot({ omitBackground: true });
  await page.close();
  return image;
}

/** An ICO file whose images are PNGs (read by every browser since 2007). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

const favicon = [];
for (const size of [16, 32, 48]) favicon.push({ size, data: await png(svg, size) });
writeFileSync("public/favicon.ico", ico(favicon));
writeFileSync("public/apple-touch-icon.png", await png(square, 180));
writeFileSync("public/icon-192.png", await png(square, 192));
writeFileSync("public/icon-512.png", await png(square, 512));
await browser.close();
