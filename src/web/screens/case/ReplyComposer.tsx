// Writing a reply: kind, templates, live guard findings, override, approval, and what was sent before.
import { useEffect, useRef, useState } from 'react';
import type { CaseDetail, CheckResult, GuardFinding, Reply, ReplyKind, ReplyTemplate } from '../../api/types.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { Marked } from '../../components/Marked.js';
import { clearDraft, loadDraft, saveDraft } from '../../lib/drafts.js';
import { canExportEvidence, canOverrideGuard, canReply } from '../../lib/permissions.js';
import { fillTemplate, firstName, insertAt, mayReplaceDraft, placeholderSpans } from '../../lib/templates.js';
import { uniqueFindings } from '../../lib/findings.js';
import { PRIVATE_ROUTES, REPLY_LENGTH_LIMIT, type Platform } from '../../../domain/platform.js';
import { ReplyHistory } from './ReplyHistory.js';
import { ReplaceDraftDialog, type DraftChoice } from './ReplaceDraftDialog.js';
import { platformLabel } from '../../lib/labels.js';

/** The reply box, which the case header's "Reply" jumps to on a phone. */
export const REPLY_TEXT_ID = 'reply-text';

const KIND_LABELS: Record<ReplyKind, string> = { public: 'Public reply', private: 'Private message', email: 'Email' };

/** What the send button does, in words: whether it goes out now, waits for an approver, or waits for a person. */
function sendLabel(kind: ReplyKind, detail: CaseDetail): string {
  if (kind === 'email') return 'Save the email to send yourself';
  if (kind === 'private') return 'Save the private message to send yourself';
  if (detail.approvalRequired) return 'Submit the public reply for approval';
  return detail.publicReplies === 'manual' ? 'Save the public reply to post by hand' : 'Send public reply';
}

/** Why a public reply is impossible here, or null when it is allowed. */
function publicBlockedReason(detail: CaseDetail): string | null {
  if (detail.confidential) return 'This case came in privately, so a public reply would reveal how it reached us. Use a private message or email.';
  if (detail.platform === 'email' || detail.platform === 'forwarded') return 'There is no public post to answer on this platform.';
  return null;
}

export function ReplyComposer({ detail, autoFocus, onSent }: { detail: CaseDetail; autoFocus: boolean; onSent: () => void }) {
  const { api, user, toast, announce } = useApp();
  const storage = window.localStorage;
  const blockedPublic = publicBlockedReason(detail);
  const [kind, setKind] = useState<ReplyKind>(() => loadDraft(storage, detail.id, Date.now())?.kind ?? (blockedPublic ? 'private' : 'public'));
  const [text, setText] = useState(() => loadDraft(storage, detail.id, Date.now())?.text ?? '');
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [override, setOverride] = useState('');
  const [templates, setTemplates] = useState<ReplyTemplate[] | null>(null);
  const [templatesError, setTemplatesError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  // A template chosen over the agent's own words waits here while they decide what to do with their draft.
  const [askingOver, setAskingOver] = useState<{ name: string; filled: { text: string; missing: string[] } } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const kinds: ReplyKind[] = ['public', ...PRIVATE_ROUTES[detail.platform as Platform]];
  const fallback: ReplyKind = kinds.find((k) => k !== 'public') ?? 'public';
  const effectiveKind: ReplyKind = (kind === 'public' && blockedPublic) || !kinds.includes(kind) ? fallback : kind;
  // A public apology pasted into a direct message reads oddly, and private outreach must not go out in public.
  const fitting = templates?.filter((t) => !t.channel || t.channel === (effectiveKind === 'public' ? 'public' : 'private')) ?? null;

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    api.templates(detail.id).then(setTemplates, (e) => setTemplatesError(errorMessage(e)));
  }, [api, detail.id]);

  // Drafts are saved as the user types, so a timeout or a closed tab loses nothing.
  useEffect(() => {
    const timer = setTimeout(() => saveDraft(storage, detail.id, text, effectiveKind, Date.now()), 400);
    return () => clearTimeout(timer);
  }, [text, effectiveKind, detail.id, storage]);

  // The guard runs after a pause in typing; a newer check cancels the one in flight.
  useEffect(() => {
    if (!text.trim()) {
      setCheck(null);
      setCheckError(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setChecking(true);
      api.checkReply(detail.id, text, effectiveKind, controller.signal).then(
        (result) => {
          setCheck(result);
          setCheckError(null);
          setChecking(false);
          if (result.verdict === 'block') announce('The reply guard blocks this reply. See the findings below the text.');
        },
        (e) => {
          if (controller.signal.aborted) return;
          setCheckError(errorMessage(e));
          setChecking(false);
        },
      );
    }, 500);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, announce, detail.id, text, effectiveKind]);

  if (!canReply(user.role)) {
    return (
      <section className="panel composer" aria-labelledby="composer-title">
        <h2 id="composer-title">Reply</h2>
        <p className="muted">Your role can read cases but not reply.</p>
        <ReplyHistory detail={detail} onChanged={onSent} mayExport={canExportEvidence(user.role)} />
      </section>
    );
  }

  // The guard may list one finding twice (see lib/findings.ts); the agent sees it once.
  const findings = uniqueFindings(check?.findings ?? []);
  const placeholders = placeholderSpans(text);
  const blocked = check?.verdict === 'block';
  const mayOverride = canOverrideGuard(user.role);
  const limit = effectiveKind === 'public' ? (REPLY_LENGTH_LIMIT[detail.platform as Platform] ?? 0) : 0;
  const tooLong = limit > 0 && text.length > limit;
  const canSend =
    text.trim() !== '' && !sending && !tooLong && placeholders.length === 0 && (!blocked || (mayOverride && override.trim() !== ''));

  const fill = (template: ReplyTemplate) =>
    fillTemplate(template.text, {
      firstName: firstName(detail.authorName),
      authorName: firstName(detail.authorName),
      agentName: firstName(user.name),
      siteName: detail.siteName ?? undefined,
      caseNumber: String(detail.number),
    });

  function insertTemplate(id: string) {
    const template = templates?.find((t) => t.id === id);
    if (!template) return;
    const filled = fill(template);
    // A draft that is still a template as inserted holds nothing of the agent's own: swapping it loses nothing.
    if (mayReplaceDraft(text, (templates ?? []).map((t) => fill(t).text))) placeTemplate(filled, 'replace');
    else setAskingOver({ name: template.name, filled });
  }

  /** Puts a filled template in the box, in place of the draft or at the caret, and says what is left to fill in. */
  function placeTemplate(filled: { text: string; missing: string[] }, how: Exclude<DraftChoice, 'keep'>) {
    const box = textRef.current;
    // The caret stays where it was in the box while the template select and the dialog had focus.
    const at = how === 'insert' ? insertAt(text, filled.text, box?.selectionStart ?? text.length, box?.selectionEnd ?? text.length) : { text: filled.text, caret: filled.text.length };
    setText(at.text);
    if (filled.missing.length > 0) announce(`Template inserted. Fill in: ${filled.missing.join(', ')}.`);
    else announce('Template inserted.');
    // After the dialog (if any) has closed and handed focus back to the select.
    requestAnimationFrame(() => {
      textRef.current?.focus();
      textRef.current?.setSelectionRange(at.caret, at.caret);
    });
  }

  function decideDraft(choice: DraftChoice) {
    const asked = askingOver;
    setAskingOver(null);
    if (asked && choice !== 'keep') placeTemplate(asked.filled, choice);
    else requestAnimationFrame(() => textRef.current?.focus());
  }

  /** A rejected reply back in the box, same kind, so the writer revises it instead of starting over. */
  function editRejected(reply: Reply) {
    if (text.trim() && text !== reply.text && !window.confirm('Replace the draft in the reply box with the rejected reply?')) return;
    setKind(reply.kind);
    setText(reply.text);
    setOverride('');
    setSendError(null);
    const box = textRef.current;
    if (box) {
      box.scrollIntoView({ block: 'center' });
      box.focus();
    }
    announce(`The rejected ${KIND_LABELS[reply.kind].toLowerCase()} is in the reply box. Revise it and submit it again.`);
  }

  /** The guard's suggestion is advice, not replacement words: the agent rewrites, starting from the flagged words. */
  function selectInDraft(finding: GuardFinding) {
    const box = textRef.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(finding.start, finding.end);
  }

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (!canSend) return;
    setSending(true);
    setSendError(null);
    try {
      const reply = await api.sendReply(detail.id, text, effectiveKind, blocked ? override.trim() : undefined);
      clearDraft(storage, detail.id);
      setText('');
      setOverride('');
      setCheck(null);
      toast(
        reply.status === 'pending_approval'
          ? 'Reply saved. It waits for approval before it goes out.'
          : reply.status === 'manual'
            ? reply.kind === 'public'
              ? 'Reply ready. Post it by hand on the platform, then mark it posted.'
              : 'Message kept with the case. Send it yourself, then mark it sent.'
            : 'Reply queued to send.',
      );
      onSent();
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.body.findings)) setCheck({ verdict: 'block', findings: e.body.findings });
      setSendError(errorMessage(e));
    } finally {
      setSending(false);
    }
  }

  const spans = [
    ...findings.map((f) => ({ start: f.start, end: f.end, label: { text: `${f.level}: ${f.message}`, tone: f.level } })),
    ...placeholders.map((p) => ({ start: p.start, end: p.end, label: { text: `fill in ${p.name}`, tone: 'warn' } })),
  ];

  return (
    <section className="panel composer" aria-labelledby="composer-title">
      <h2 id="composer-title">Reply</h2>
      <form onSubmit={send} className="stack">
        <fieldset className="kind-picker">
          <legend>Send as</legend>
          {kinds.map((k) => (
            <label key={k} className={`radio${k === 'public' && blockedPublic ? ' disabled' : ''}`}>
              <input
                type="radio"
                name="reply-kind"
                value={k}
                checked={effectiveKind === k}
                disabled={k === 'public' && blockedPublic !== null}
                onChange={() => setKind(k)}
                aria-describedby={k === 'public' && blockedPublic ? 'public-blocked' : undefined}
              />{' '}
              {KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
        {blockedPublic && (
          <p className="muted small" id="public-blocked">
            Public reply unavailable: {blockedPublic}
          </p>
        )}
        {kinds.length === 1 && (
          <p className="muted small">
            {platformLabel(detail.platform)} has no private messages: invite the author in your public reply to contact the team privately.
          </p>
        )}
        {effectiveKind !== 'public' && (
          <p className="muted small">
            Redress keeps the {effectiveKind === 'email' ? 'email' : 'message'} with the case and checks it; you send it from{' '}
            {effectiveKind === 'email' ? 'your mail client' : detail.platform === 'forwarded' ? 'wherever the post was forwarded from' : platformLabel(detail.platform)} and mark it sent, so it
            never goes out through a public reply.
          </p>
        )}

        <div className="template-row">
          <label htmlFor="template-pick">Template</label>
          <select id="template-pick" value="" onChange={(e) => insertTemplate(e.target.value)} disabled={!fitting || fitting.length === 0}>
            <option value="">{fitting === null && !templatesError ? 'Loading templates…' : fitting?.length ? 'Insert a template…' : 'No templates'}</option>
            {fitting?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.language})
              </option>
            ))}
          </select>
          {templatesError && <span className="muted small">Templates unavailable: {templatesError}</span>}
        </div>

        <label htmlFor={REPLY_TEXT_ID}>Reply text</label>
        <textarea
          id={REPLY_TEXT_ID}
          ref={textRef}
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="reply-guard reply-count"
          aria-invalid={blocked || tooLong || undefined}
        />
        <div className="composer-meta small">
          <span id="reply-count" className={tooLong ? 'field-error' : 'muted'}>
            {text.length}
            {limit > 0 ? ` / ${limit}` : ''} characters{tooLong ? ' — too long for this platform' : ''}
          </span>
          <span className="muted" aria-hidden="true">
            {checking ? 'Checking…' : ''}
          </span>
        </div>

        <div id="reply-guard" className={`guard guard-${check?.verdict ?? 'none'}`}>
          {checkError && <p className="muted small">The reply guard is unavailable ({checkError}); the server checks again when you send.</p>}
          {check?.verdict === 'ok' && placeholders.length === 0 && <p className="guard-ok small">The guard found nothing to fix.</p>}
          {(findings.length > 0 || placeholders.length > 0) && (
            <>
              <p className="guard-preview" aria-label="Reply with findings highlighted">
                <Marked text={text} spans={spans} />
              </p>
              <ul className="findings">
                {placeholders.map((p) => (
                  <li key={`ph-${p.start}`} className="finding finding-warn">
                    <strong>Fill in:</strong> replace {`{{${p.name}}}`} before sending.
                  </li>
                ))}
                {findings.map((f, i) => (
                  <li key={`${f.rule}-${f.start}-${i}`} className={`finding finding-${f.level}`}>
                    <strong>{f.level === 'block' ? 'Blocks sending' : f.level === 'warn' ? 'Check' : 'Note'}:</strong> {f.message}
                    {f.suggestion && <span className="finding-advice"> {f.suggestion}</span>}{' '}
                    <button type="button" className="link-button" onClick={() => selectInDraft(f)}>
                      Select “{text.slice(f.start, f.end)}” in the draft
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>

        {blocked && mayOverride && (
          <div className="override">
            <label htmlFor="override-reason">Override reason (required to send despite the block)</label>
            <input id="override-reason" value={override} onChange={(e) => setOverride(e.target.value)} />
          </div>
        )}
        {blocked && !mayOverride && (
          <p className="field-error">Fix the blocked parts to send. Only patient experience, risk managers and administrators may override.</p>
        )}
        {sendError && (
          <p className="field-error" role="alert">
            {sendError}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={!canSend}>
            {sending ? 'Saving…' : sendLabel(effectiveKind, detail)}
          </button>
          {text && (
            <span className="muted small" aria-live="off">
              Draft saved on this device
            </span>
          )}
        </div>
      </form>
      <ReplyHistory detail={detail} onChanged={onSent} mayExport={canExportEvidence(user.role)} onEdit={editRejected} />
      {askingOver && <ReplaceDraftDialog templateName={askingOver.name} onChoose={decideDraft} />}
    </section>
  );
}
