import type { AgendaEntry, MeetingPage } from '@lumo/domain';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext } from 'react';

/** What every part of a family's discussion on the meeting screen needs. */
export interface RecordContextValue {
  meeting: MeetingPage['meeting'];
  members: MeetingPage['members'];
  entry: AgendaEntry;
  /** systemic:record on the family: add and change the record. */
  canRecord: boolean;
  /** systemic:shareWithFamily: the responsible worker. */
  canShare: boolean;
  meId: string;
}

export const RecordContext = createContext<RecordContextValue | null>(null);

export function useRecord(): RecordContextValue {
  const value = useContext(RecordContext);
  if (!value) throw new Error('useRecord outside RecordContext');
  return value;
}

/** After a change: read the meeting again (with everyone's additions) and forget the family's views. */
export function useRefresh(): () => Promise<void> {
  const queryClient = useQueryClient();
  const { meeting, entry } = useRecord();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['meeting', meeting.id] }),
      queryClient.invalidateQueries({ queryKey: ['family', entry.family.id], refetchType: 'none' }),
    ]);
  }, [queryClient, meeting.id, entry.family.id]);
}
