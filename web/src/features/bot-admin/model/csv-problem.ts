/** A refused training file, as the editor shows it: the line, what is wrong, and that line's text. */
export interface CsvProblem {
  line: number | null;
  message: string;
  text: string | null;
}

const LINE = /^line (\d+): (.*)$/s;

/**
 * The server refuses a bad file whole with "line N: what is wrong" (0 or no line when the problem is
 * not on one line, e.g. too few intents). The line's own text comes from the file the admin chose,
 * so they see exactly what to fix.
 */
export function csvProblem(detail: string, file: string): CsvProblem {
  const match = LINE.exec(detail.trim());
  if (!match) return { line: null, message: detail.trim(), text: null };
  const line = Number(match[1]);
  const lines = file.replace(/\r\n?/g, '\n').split('\n');
  return { line, message: match[2]!.trim(), text: line >= 1 && line <= lines.length ? lines[line - 1]! : null };
}
