// A post that reached staff privately (a screenshot, a forwarded message) becomes a confidential case.
import { useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../api/client.js';
import type { ForwardedPostInput } from '../api/types.js';
import { useApp } from '../hooks/context.js';
import { navigate } from '../hooks/useHashRoute.js';
import { useReference } from '../hooks/useReference.js';
import { FieldErrors } from '../components/States.js';
import { errorsByField } from '../lib/fieldPath.js';
import { dataUrlPayload, IMAGE_TYPES, imageProblem } from '../lib/files.js';
import { PLATFORM_CODES, platformLabel } from '../lib/labels.js';
import { caseHref } from '../lib/route.js';
import { CONFIDENTIAL_NOTICE } from './case/CaseScreen.js';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function ForwardForm() {
  const { api, user, toast } = useApp();
  const reference = useReference();
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState('facebook');
  const [authorName, setAuthorName] = useState('');
  const [url, setUrl] = useState('');
  const [siteId, setSiteId] = useState('');
  const [note, setNote] = useState('');
  const [image, setImage] = useState<ForwardedPostInput['image'] & { preview: string }>();
  const [imageError, setImageError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function pickImage(file: File | undefined) {
    setImageError(null);
    setImage(undefined);
    if (!file) return;
    const problem = imageProblem(file);
    if (problem) return setImageError(problem);
    const dataUrl = await readAsDataUrl(file);
    setImage({ filename: file.name, contentType: file.type, dataBase64: dataUrlPayload(dataUrl), preview: dataUrl });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors(new Map());
    setFormError(null);
    if (!text.trim()) {
      setErrors(new Map([['text', ['Paste the text of the post (type it from the screenshot if need be).']]]));
      document.getElementById('fwd-text')?.focus();
      return;
    }
    setBusy(true);
    try {
      const input: ForwardedPostInput = {
        text: text.trim(),
        originalPlatform: platform,
        authorName: authorName.trim() || undefined,
        url: url.trim() || undefined,
        siteId: siteId || undefined,
        note: note.trim() || undefined,
        image: image && { filename: image.filename, contentType: image.contentType, dataBase64: image.dataBase64 },
      };
      const created = await api.forwardPost(input);
      toast('Forwarded post saved as a confidential case.');
      navigate(caseHref(created.caseId));
    } catch (e) {
      if (e instanceof ApiError && e.details.length > 0) setErrors(errorsByField(e.details));
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const err = (field: string) => errors.get(field);
  const describedBy = (field: string) => (err(field) ? `fwd-${field}-error` : undefined);

  return (
    <div className="narrow">
      <h1>Forward a private post</h1>
      <p className="notice">
        Use this for complaints that reached you privately: a screenshot a colleague sent, a message to a staff member. The case is
        confidential. {CONFIDENTIAL_NOTICE}
      </p>
      <form onSubmit={submit} className="stack form" noValidate>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <label htmlFor="fwd-text">Post text</label>
        <textarea id="fwd-text" rows={6} value={text} onChange={(e) => setText(e.target.value)} required aria-invalid={!!err('text')} aria-describedby={describedBy('text')} />
        <FieldErrors id="fwd-text-error" messages={err('text')} />

        <label htmlFor="fwd-image">Screenshot (optional)</label>
        <input id="fwd-image" type="file" accept={IMAGE_TYPES.join(',')} onChange={(e) => pickImage(e.target.files?.[0])} aria-describedby={imageError || err('image') ? 'fwd-image-error' : undefined} />
        <FieldErrors id="fwd-image-error" messages={imageError ? [imageError] : err('image')} />
        {image && <img src={image.preview} alt={`Preview of ${image.filename}`} className="screenshot-preview" />}

        <div className="grid-2">
          <div className="stack">
            <label htmlFor="fwd-platform">Original platform</label>
            <select id="fwd-platform" value={platform} onChange={(e) => setPlatform(e.target.value)} aria-describedby={describedBy('originalPlatform')}>
              {PLATFORM_CODES.filter((p) => p !== 'forwarded' && p !== 'test').map((p) => (
                <option key={p} value={p}>
                  {platformLabel(p)}
                </option>
              ))}
            </select>
            <FieldErrors id="fwd-originalPlatform-error" messages={err('originalPlatform')} />
          </div>
          <div className="stack">
            <label htmlFor="fwd-author">Author name (optional)</label>
            <input id="fwd-author" value={authorName} onChange={(e) => setAuthorName(e.target.value)} aria-describedby={describedBy('authorName')} />
            <FieldErrors id="fwd-authorName-error" messages={err('authorName')} />
          </div>
          <div className="stack">
            <label htmlFor="fwd-url">Link to the original (optional)</label>
            <input id="fwd-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} aria-describedby={describedBy('url')} />
            <FieldErrors id="fwd-url-error" messages={err('url')} />
          </div>
          <div className="stack">
            <label htmlFor="fwd-site">Site (optional)</label>
            <select id="fwd-site" value={siteId} onChange={(e) => setSiteId(e.target.value)} aria-describedby={describedBy('siteId')}>
              <option value="">Let triage decide</option>
              {reference.data?.sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <FieldErrors id="fwd-siteId-error" messages={err('siteId')} />
          </div>
        </div>
        <label htmlFor="fwd-note">Note for the team (optional)</label>
        <textarea id="fwd-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        <p className="muted small">
          Forwarded by <strong>{user.name}</strong> ({user.email}).
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Create confidential case'}
          </button>
        </div>
      </form>
    </div>
  );
}
