"use client";

import { DropZone } from "@/components/ui/drop-zone";
import { formatBytes, MAX_AGENT_FILE_BYTES } from "@/lib/agent-files/limits";

export function FileDropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  return (
    <DropZone
      label="Agent file drop zone"
      disabled={disabled}
      onFiles={([file]) => {
        if (file) onFile(file);
      }}
      className="p-6"
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
    </DropZone>
  );
}
