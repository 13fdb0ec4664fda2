import type { ToolBeforeImport } from "./import-state";

export interface ImportedAgent {
  id: string;
  name: string;
}

export interface ImportResult {
  agents: ImportedAgent[];
  /** The file's custom tools as the server had them before the import (for the report: replaced or kept). */
  toolsBefore: ToolBeforeImport[];
}
