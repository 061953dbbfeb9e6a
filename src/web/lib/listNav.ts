// Keyboard navigation and selection in the inbox list, as a reducer so it is testable without a DOM.
// The focused row is remembered by id, not index, so live updates that insert rows don't move it.

export interface ListNavState {
  ids: string[];
  focusedId: string | null;
  selected: string[];
}

export type ListNavAction =
  | { type: 'items'; ids: string[] }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'focus'; id: string }
  | { type: 'toggle'; id: string }
  | { type: 'toggleAll' }
  | { type: 'clearSelection' };

export const initialListNav: ListNavState = { ids: [], focusedId: null, selected: [] };

export function listNavReducer(state: ListNavState, action: ListNavAction): ListNavState {
  switch (action.type) {
    case 'items': {
      const present = new Set(action.ids);
      const focusedId = state.focusedId && present.has(state.focusedId) ? state.focusedId : (action.ids[0] ?? null);
      return { ids: action.ids, focusedId, selected: state.selected.filter((id) => present.has(id)) };
    }
    case 'next':
    case 'prev': {
      if (state.ids.length === 0) return state;
      const index = state.focusedId ? state.ids.indexOf(state.focusedId) : -1;
      const step = action.type === 'next' ? 1 : -1;
      const target = index < 0 ? 0 : Math.min(state.ids.length - 1, Math.max(0, index + step));
      return { ...state, focusedId: state.ids[target] };
    }
    case 'focus':
      return state.ids.includes(action.id) ? { ...state, focusedId: action.id } : state;
    case 'toggle':
      return {
        ...state,
        selected: state.selected.includes(action.id)
          ? state.selected.filter((id) => id !== action.id)
          : [...state.selected, action.id],
      };
    case 'toggleAll':
      return { ...state, selected: state.selected.length === state.ids.length ? [] : [...state.ids] };
    case 'clearSelection':
      return { ...state, selected: [] };
  }
}

export type InboxCommand = 'next' | 'prev' | 'open' | 'assign' | 'reply' | 'close' | 'help' | 'select' | 'search';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Tag of the element that has focus: shortcuts never steal keys from fields. */
  targetTag?: string;
  targetEditable?: boolean;
}

const KEYS: Record<string, InboxCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'prev',
  ArrowUp: 'prev',
  Enter: 'open',
  a: 'assign',
  r: 'reply',
  e: 'close',
  '?': 'help',
  x: 'select',
  '/': 'search',
};

export function keyToCommand(event: KeyLike): InboxCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const tag = event.targetTag?.toUpperCase();
  if (event.targetEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return null;
  // Enter on a button or link already does its own thing.
  if (event.key === 'Enter' && (tag === 'BUTTON' || tag === 'A')) return null;
  return KEYS[event.key] ?? null;
}
