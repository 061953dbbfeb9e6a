import { Dialog } from '../../components/Dialog.js';

const SHORTCUTS: [string, string][] = [
  ['j / ↓', 'Next case'],
  ['k / ↑', 'Previous case'],
  ['Enter', 'Open the case'],
  ['x', 'Select or unselect the case'],
  ['a', 'Assign the selected (or current) cases'],
  ['r', 'Reply to the current case'],
  ['e', 'Close the selected (or current) cases, saying how they ended'],
  ['/', 'Search'],
  ['?', 'Show this help'],
];

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <caption className="visually-hidden">Inbox keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Shortcuts pause while you type in a field.</p>
    </Dialog>
  );
}
