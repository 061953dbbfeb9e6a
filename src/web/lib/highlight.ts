// Turns offset spans (triage evidence, reply-guard findings) into flat text segments for <mark> rendering.
// Spans may overlap, so the text is cut at every boundary and each piece carries every span covering it.

export interface Span<L> {
  start: number;
  end: number;
  label: L;
}

export interface Segment<L> {
  text: string;
  start: number;
  end: number;
  labels: L[];
}

export function segmentText<L>(text: string, spans: readonly Span<L>[]): Segment<L>[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<L>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const labels = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.label);
    const last = segments[segments.length - 1];
    // Neighbouring pieces with no marks are joined so plain text stays one node.
    if (last && labels.length === 0 && last.labels.length === 0) {
      last.text += text.slice(start, end);
      last.end = end;
    } else {
      segments.push({ text: text.slice(start, end), start, end, labels });
    }
  }
  return segments;
}
