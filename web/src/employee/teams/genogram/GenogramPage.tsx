import type { FamilyRef, GenogramView } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { Muted } from '../../../lib/components/Layout';
import { Loading } from '../../../lib/components/Loading';
import { useI18n } from '../../../lib/i18n';
import { isNotFound } from '../../children/queries';
import { FamilyFrame } from '../family/FamilyFrame';
import { genogramQuery, timelineQuery } from '../queries';
import { GenogramEditor } from './GenogramEditor';

/** The family's genogram: drawn automatically, edited with the mouse or the keyboard, printable. */
export function GenogramPage() {
  const { familyId = '' } = useParams({ strict: false });
  const { t } = useI18n();
  const genogram = useQuery(genogramQuery(familyId));
  // The family's name and children (the timeline carries them, and is light to read).
  const family = useQuery(timelineQuery(familyId));
  const error = genogram.error ?? family.error;
  const ready = genogram.data && family.data;
  return (
    <div data-qa={ready ? 'genogram-page' : isNotFound(error) ? 'family-not-found' : 'genogram-loading'}>
      <FamilyFrame familyId={familyId} family={family.data?.family} view="genogram">
        {genogram.isPending || family.isPending ? <Loading /> : null}
        {error ? (
          isNotFound(error) ? (
            <Muted>{t.teams.family.notFound}</Muted>
          ) : (
            <ErrorNotice
              error={error}
              onRetry={() => {
                void genogram.refetch();
                void family.refetch();
              }}
            />
          )
        ) : null}
        {ready ? <Loaded view={genogram.data} family={family.data.family} /> : null}
      </FamilyFrame>
    </div>
  );
}

function Loaded({ view, family }: { view: GenogramView; family: FamilyRef }) {
  // A new editor when another family is opened; a save keeps the same one.
  return <GenogramEditor key={view.familyId} view={view} family={family} />;
}
