export async function measureIncrementalEdit(_content: string): Promise<{ ms: number; rewritten: number; total: number }> {
  throw new Error("pendiente");
}
