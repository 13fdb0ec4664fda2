"use client";

import { useState, type DragEvent } from "react";
import { formatBytes, MAX_AGENT_FILE_BYTES } from "@/lib/agent-files/limits";

export function FileDropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (!disabled) setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      role="group"
      aria-label="Agent file drop zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`flex flex-wrap items-center gap-3 rounded-lg border-2 border-dashed p-6 text-sm ${
        dragging ? "border-blue-500 bg-blue-50 dark:bg-blue-950" : "border-zinc-300 dark:border-zinc-700"
      }`}
    >
      <span>Drop an agent file (.af) here, or</span>
      <label className="cursor-pointer rounded-md bg-blue-600 px-3 py-1.5 font-medium text-white hover:bg-blue-700 has-[:disabled]:opacity-50">
        Choose agent file
        <input
          type="file"
          accept=".af,.json,application/json"
          disabled={disabled}
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) onFile(file);
          }}
        />
      </label>
      <span className="text-zinc-500">At most {formatBytes(MAX_AGENT_FILE_BYTES)}.</span>
    </div>
  );
}
