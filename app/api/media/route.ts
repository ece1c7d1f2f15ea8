// Image upload from the editor (a route handler, so the browser can show upload progress).
import { getCurrentUser } from "@/lib/auth/sessions";
import { storeUploadedImage } from "@/lib/data/media";
import { MAX_UPLOAD_BYTES, processImage, RejectedImageError } from "@/lib/media/process-image";

function error(status: number, message: string) {
  return Response.json({ error: message }, { status });
}

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return error(401, "Bitte melde dich an.");
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return error(413, "Das Bild ist zu groß (höchstens 10 MB).");
  let file: FormDataEntryValue | null;
  let alt = "";
  try {
    const form = await request.formData();
    file = form.get("file");
    alt = String(form.get("alt") ?? "").slice(0, 300);
  } catch {
    return error(400, "Die Anfrage enthält keine Datei.");
  }
  if (!(file instanceof File)) return error(400, "Bitte wähle ein Bild aus.");
  try {
    const image = await processImage(Buffer.from(await file.arrayBuffer()));
    return Response.json(await storeUploadedImage(user, image, alt), { status: 201 });
  } catch (caught) {
    if (caught instanceof RejectedImageError) return error(422, caught.message);
    throw caught;
  }
}
