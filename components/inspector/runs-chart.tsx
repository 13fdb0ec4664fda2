"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface RunPoint {
  id: string;
  time: number;
  tokens: number;
}

/** Tokens per run over time (loaded only when the runs page shows it: recharts is large). */
export default function RunsChart({ points }: { points: RunPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="time"
          type="number"
          domain={["dataMin", "dataMax"]}
          scale="time"
          tickFormatter={(value: number) => new Date(value).toLocaleTimeString()}
        />
        <YAxis dataKey="tokens" />
        <Tooltip
          labelFormatter={(value) => new Date(Number(value)).toLocaleString()}
          formatter={(value) => [`${String(value)} tokens`, "Total"]}
        />
        <Line type="monotone" dataKey="tokens" stroke="#2563eb" dot isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
