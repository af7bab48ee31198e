/** `SelectInput` choices from one of the schema's closed lists, labelled by `vigie.<prefix>.<value>`. */
export const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((id) => ({ id, name: `vigie.${prefix}.${id}` }));
