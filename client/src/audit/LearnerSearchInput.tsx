import { AutocompleteInput, ReferenceInput } from 'react-admin';

type LearnerOption = { firstName: string; lastName: string };

const typedEnough = ({ q }: { q?: unknown }) => typeof q === 'string' && q.trim().length >= 2;

/**
 * The console's learner filter: it asks for learners only once two letters are typed. Preloading a
 * page of them would log a read of 25 learners' names each time the DPO merely opens the journal.
 */
export function LearnerSearchInput({ alwaysOn }: { alwaysOn?: boolean }) {
  return (
    <ReferenceInput source="learnerId" reference="learners" enableGetChoices={typedEnough} alwaysOn={alwaysOn}>
      <AutocompleteInput
        label="resources.audit.fields.learnerId"
        optionText={(l: LearnerOption) => `${l.lastName} ${l.firstName}`}
        filterToQuery={(q: string) => ({ q })}
        noOptionsText="vigie.audit.type_to_search"
      />
    </ReferenceInput>
  );
}
