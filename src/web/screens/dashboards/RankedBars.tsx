// One count per item (a category, a site, an outcome) as sideways bars with the same figures as a table; every bar
// and row opens the inbox list of exactly the cases it counts.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { navigate } from '../../hooks/useHashRoute.js';
import { ChartCard } from './ChartCard.js';

export interface RankedItem {
  key: string;
  label: string;
  count: number;
  href: string;
}

/** Room for each bar and its label, whatever the number of rows. */
export const barsHeight = (rows: number) => Math.max(200, rows * 44 + 40);

export function RankedBars({ id, title, description, itemLabel, countLabel, items, color, labelWidth = 190 }: {
  id: string;
  title: string;
  description?: string;
  itemLabel: string;
  countLabel: string;
  items: RankedItem[];
  color: string;
  labelWidth?: number;
}) {
  return (
    <ChartCard
      id={id}
      title={title}
      description={description}
      columns={[
        { key: 'label', label: itemLabel },
        { key: 'count', label: countLabel },
      ]}
      rows={items.map((r) => ({ key: r.key, label: r.label, cells: { count: r.count }, href: r.href }))}
      chart={
        <ResponsiveContainer width="100%" height={barsHeight(items.length)}>
          <BarChart data={items} layout="vertical" accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={labelWidth} />
            <Tooltip />
            <Bar dataKey="count" name={countLabel} fill={color} cursor="pointer" onClick={(bar) => navigate(String(bar.payload?.href))} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
}
