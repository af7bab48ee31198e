/** Instants travel as ISO 8601 strings; `date` columns already arrive as `YYYY-MM-DD` text. */
export const instant = (value: Date) => value.toISOString();
export const instantOrNull = (value: Date | null) => (value ? value.toISOString() : null);
