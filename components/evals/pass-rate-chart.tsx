"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface PassRatePoint {
  label: string;
  [agentId: string]: number | string | null;
}

const colors = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4f46e5", "#65a30d"];

/** The pass rate (%) of each agent over the experiments, oldest left (loaded only when shown: recharts is large). */
export default function PassRateChart({
  points,
  agents,
}: {
  points: PassRatePoint[];
  agents: { id: string; name: string }[];
}) {
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis domain={[0, 100]} unit="%" />
        <Tooltip />
        <Legend />
        {agents.map((agent, index) => (
          <Line
            key={agent.id}
            type="monotone"
            dataKey={agent.id}
            name={agent.name}
            stroke={colors[index % colors.length]}
            dot
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
