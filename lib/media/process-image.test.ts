import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, processImage, RejectedImageError } from "./process-image";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer();

describe("uploaded images", () => {
  it("are re-encoded as WebP in responsive sizes, never wider than the original", async () => {
    const result = await processImage(await png(1200, 600));
    expect(result.variants.map((v) => v.width)).toEqual([1200, 960, 480]);
    expect(result.height).toBe(600);
    for (const variant of result.variants) {
      expect((await sharp(variant.data).metadata()).format).toBe("webp");
      expect(variant.key).toMatch(/^[a-z0-9-]+-\d+\.webp$/);
    }
  });

  it("are capped at 1600 pixels", async () => {
    const result = await processImage(await png(3000, 1000));
    expect(result.width).toBe(1600);
  });

  it("refuse an executable renamed to .png", async () => {
    const fake = Buffer.concat([Buffer.from("MZ\x90\x00"), Buffer.alloc(200, 1)]);
    await expect(processImage(fake)).rejects.toBeInstanceOf(RejectedImageError);
  });

  it("refuse SVG, which can carry script", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    await expect(processImage(svg)).rejects.toThrow(/Format/);
  });

  it("refuse empty and oversized files", async () => {
    await expect(processImage(Buffer.alloc(0))).rejects.toThrow(/leer/);
    await expect(processImage(Buffer.alloc(MAX_UPLOAD_BYTES + 1))).rejects.toThrow(/zu groß/);
  });
});
