import { useQueryClient } from '@tanstack/react-query';
import styled from 'styled-components';
import { authApi } from '../../lib/api/endpoints';
import { colors } from '../../lib/components/theme';
import { type Language, languages, useI18n } from '../../lib/i18n';
import { isComplete, storeSession, useSession } from '../auth/session';

const names: Record<Language, string> = { fi: 'suomeksi', sv: 'på svenska', en: 'in English' };

const Group = styled.div`
  display: inline-flex;
  border: 1px solid ${colors.depthLight1};
  border-radius: 2px;
  overflow: hidden;
  flex: none;
`;

const LangButton = styled.button`
  font: inherit;
  font-size: 15px;
  font-weight: 600;
  min-width: 44px;
  min-height: 36px;
  padding: 4px 10px;
  border: 0;
  border-left: 1px solid ${colors.depthLight1};
  background: ${colors.whiteBase};
  color: ${colors.highlightBase};
  cursor: pointer;
  &:first-child {
    border-left: 0;
  }
  &[aria-pressed='true'] {
    background: ${colors.highlightBase};
    color: ${colors.whiteBase};
  }
  &:hover:not([aria-pressed='true']) {
    background: ${colors.highlightLight3};
  }
`;

/**
 * FI / SV / EN. Before sign-in the choice is remembered in this browser; after it, also saved as the
 * user's own language so that her next session starts in it.
 */
export function LanguageSwitch() {
  const { lang, t, setLanguage } = useI18n();
  const session = useSession();
  const queryClient = useQueryClient();

  const choose = (next: Language) => {
    if (next === lang) return;
    setLanguage(next);
    if (isComplete(session)) {
      authApi.setLanguage(next).then(
        (updated) => storeSession(queryClient, updated),
        () => {
          // The interface is already in the new language; the server keeps the old one until next time.
        },
      );
    }
  };

  return (
    <Group role="group" aria-label={t.language.groupLabel}>
      {languages.map((code) => (
        <LangButton
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === lang}
          data-qa={`lang-${code}`}
          onClick={() => choose(code)}
        >
          {code.toUpperCase()}
          <span className="visually-hidden"> {names[code]}</span>
        </LangButton>
      ))}
    </Group>
  );
}
