import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RateResult } from '../../../../electron/core/followups/types';
import { useRatesReport } from '../../api/followups';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatDay, formatMonth, formatShortMonth } from '../../components/dates';
import { formatRate } from './format';

/** Rows per page of a rates table: ten years bring thousands of mentors' rows; the DOM holds a page. */
const RATE_PAGE = 25;

function RateRows({ rows, what }: { rows: (RateResult & { label: string })[]; what: string }) {
  const [page, setPage] = useState(0);
  const pages = Math.ceil(rows.length / RATE_PAGE);
  const shown = rows.slice(page * RATE_PAGE, (page + 1) * RATE_PAGE);
  return (
    <>
    <table>
      <thead>
        <tr>
          <th scope="col">Who / what</th>
          <th scope="col">Follow-through</th>
          <th scope="col">Loop closure</th>
          <th scope="col">Done</th>
          <th scope="col">Dropped</th>
          <th scope="col">Overdue</th>
          <th scope="col">Reported</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r, i) => (
          <tr key={`${r.label}-${i}`}>
            <th scope="row">{r.label}</th>
            <td>{formatRate(r.followThroughRate)}</td>
            <td>{formatRate(r.loopClosureRate)}</td>
            <td>{r.done}</td>
            <td>{r.dropped}</td>
            <td>{r.overdue}</td>
            <td>{r.reported}</td>
          </tr>
        ))}
      </tbody>
    </table>
    {pages > 1 && (
      <nav className="row" aria-label={`Pages of ${what}`}>
        <button type="button" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
          Previous
        </button>
        <span className="muted">
          {page * RATE_PAGE + 1}–{page * RATE_PAGE + shown.length} of {rows.length}
        </span>
        <button type="button" disabled={page === pages - 1} onClick={() => setPage((p) => p + 1)}>
          Next
        </button>
      </nav>
    )}
    </>
  );
}

/** The measures with their definitions, a 12-month chart, and the same numbers as a table. */
export function MeasuresView() {
  const report = useRatesReport();
  if (report.error) return <ErrorMessage error={report.error} />;
  if (!report.data) return <p aria-busy="true">Loading…</p>;
  const r = report.data;
  const chartData = r.trend.map((m) => ({
    month: formatShortMonth(m.month),
    'Follow-through %': m.followThroughRate === null ? null : Math.round(m.followThroughRate * 100),
    'Loop closure %': m.loopClosureRate === null ? null : Math.round(m.loopClosureRate * 100),
  }));
  return (
    <>
      <PageHeader title="Follow-through" subtitle={`This month (${formatDay(r.from)} to ${formatDay(r.to)})`} />
      <div className="grid-2">
        <div className="card">
          <h2>Follow-through rate: {formatRate(r.overall.followThroughRate)}</h2>
          <p className="muted">{r.definitions.followThroughRate}</p>
        </div>
        <div className="card">
          <h2>Loop-closure rate: {formatRate(r.overall.loopClosureRate)}</h2>
          <p className="muted">{r.definitions.loopClosureRate}</p>
        </div>
      </div>
      <div className="section">
        <h2>The last 12 months</h2>
        {/* A picture of the table below: hidden from screen readers, and so not focusable either. */}
        <div aria-hidden="true" style={{ height: 260 }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={chartData} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis domain={[0, 100]} unit="%" />
              <Tooltip />
              <Legend />
              <Bar dataKey="Follow-through %" fill="#2457c5" />
              <Bar dataKey="Loop closure %" fill="#1e7a3c" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <details>
          <summary>The same as a table</summary>
          <RateRows what="months" rows={r.trend.map((m) => ({ ...m, label: formatMonth(m.month) }))} />
        </details>
      </div>
      {r.byMentor.length > 0 && (
        <div className="section">
          <h2>By mentor</h2>
          <RateRows what="mentors" rows={r.byMentor.map((m) => ({ ...m, label: m.name }))} />
        </div>
      )}
      {r.byGoal.length > 0 && (
        <div className="section">
          <h2>By goal</h2>
          <RateRows what="goals" rows={r.byGoal.map((g) => ({ ...g, label: g.title }))} />
        </div>
      )}
    </>
  );
}
