"use client";

import { useState, type DragEvent, type ReactNode } from "react";

/** A dashed area that takes dropped files (the picker and hints inside it are the caller's). */
export function DropZone({
  label,
  disabled,
  onFiles,
  className,
  children,
}: {
  label: string;
  disabled: boolean;
  onFiles: (files: File[]) => void;
  /** Padding and the like, added to the zone's own classes. */
  className: string;
  children: ReactNode;
}) {
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (!disabled) setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !disabled) onFiles(files);
  };

  return (
    <div
      role="group"
      aria-label={label}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`flex flex-wrap items-center gap-3 rounded-lg border-2 border-dashed text-sm ${className} ${
        dragging ? "border-blue-500 bg-blue-50 dark:bg-blue-950" : "border-zinc-300 dark:border-zinc-700"
      }`}
    >
      {children}
    </div>
  );
}
