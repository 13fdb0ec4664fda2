export interface ImportedAgent {
  id: string;
  name: string;
}
