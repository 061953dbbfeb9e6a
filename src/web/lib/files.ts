// Screenshots travel as base64 inside JSON (POST /posts/forwarded), so size is checked before reading.
import { IMAGE_TYPES, MAX_FILE_BYTES } from '../../domain/kept-files.js';

export { IMAGE_TYPES, MAX_FILE_BYTES };

/** The base64 payload of a data: URL (what FileReader.readAsDataURL gives), without its header. */
export function dataUrlPayload(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}



export function imageProblem(file: { type: string; size: number }): string | null {
  if (!IMAGE_TYPES.includes(file.type)) return 'Choose a PNG, JPEG, WebP or GIF image.';
  if (file.size > MAX_FILE_BYTES) return `The image is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`;
  return null;
}
