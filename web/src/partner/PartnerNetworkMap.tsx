import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { layoutNetworkMap } from '../employee/network/map/layout';
import { NetworkMapLegend } from '../employee/network/map/NetworkMapLegend';
import { NetworkMapSvg } from '../employee/network/map/NetworkMapSvg';
import { NetworkMapTable } from '../employee/network/map/NetworkMapTable';
import { ErrorNotice } from '../lib/components/ErrorNotice';
import { Card, H2, Muted } from '../lib/components/Layout';
import { Loading } from '../lib/components/Loading';
import { formatDate } from '../lib/dates';
import { useI18n } from '../lib/i18n';
import type { PartnerNetworkMap as MapData } from './api';
import { partnerMapQuery } from './queries';

/** The child's network map, read-only: the drawing the team made, its legend and its table. */
export function PartnerNetworkMap({ childId, drawn }: { childId: string; drawn: boolean }) {
  const { t } = useI18n();
  const query = useQuery({ ...partnerMapQuery(childId), enabled: drawn });
  return (
    <Card aria-labelledby="partner-map" data-qa="partner-network-map">
      <H2 id="partner-map">{t.partner.map.heading}</H2>
      {!drawn ? <Muted>{t.partner.map.none}</Muted> : null}
      {drawn && query.isPending ? <Loading /> : null}
      {query.error ? <ErrorNotice error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <MapView map={query.data} /> : null}
    </Card>
  );
}

function MapView({ map }: { map: MapData }) {
  const { t } = useI18n();
  const layout = useMemo(() => layoutNetworkMap(map.document), [map.document]);
  return (
    <>
      <Muted>
        {t.partner.map.version(map.version, formatDate(map.savedAt))} · {t.partner.map.readOnly}
      </Muted>
      <NetworkMapSvg
        doc={map.document}
        layout={layout}
        label={t.partner.map.caption}
        fit
        qa="partner-map-svg"
      />
      <NetworkMapLegend />
      <details>
        <summary>{t.partner.map.asTable}</summary>
        <NetworkMapTable doc={map.document} qa="partner-map-table" />
      </details>
    </>
  );
}
