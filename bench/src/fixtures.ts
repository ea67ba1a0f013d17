import pg from 'pg';

/**
 * What the scale benchmarks need beyond the generated county, made idempotently as the owner:
 * a coordinator who works across adjacent teams, so her team worklist spans exactly `children`
 * children, the size the issue names (a generated team holds about 90: the last team joins in part).
 */
export async function ensureMultiTeamCoordinator(databaseUrl: string, children = 200): Promise<string> {
  const username = 'bench.coordinator';
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query(
      `SELECT count(DISTINCT r.child_id)::int AS n FROM staff_user u
       JOIN access_relationship r ON r.user_id = u.id AND r.kind = 'team'
       WHERE u.username = $1`,
      [username],
    );
    if (existing.rows[0]?.n === children) return username;
    await client.query('BEGIN');
    const template = await client.query(
      `SELECT organisation_id, password_hash FROM staff_user WHERE username = 'anna.virtanen'`,
    );
    const { organisation_id, password_hash } = template.rows[0];
    const user = await client.query(
      `INSERT INTO staff_user (id, username, first_name, last_name, title, organisation_id, roles, password_hash, is_demo)
       VALUES (gen_random_uuid(), $1, 'Bench', 'Coordinator', 'Koordinaattori', $2, '{coordinator}', $3, true)
       ON CONFLICT (username) DO UPDATE SET username = EXCLUDED.username
       RETURNING id`,
      [username, organisation_id, password_hash],
    );
    const userId = user.rows[0].id;
    // A coordinator made for another size (or by an older fixture) starts again from no teams.
    await client.query(`DELETE FROM access_relationship WHERE user_id = $1`, [userId]);
    await client.query(`DELETE FROM team_member WHERE user_id = $1`, [userId]);
    // Generated teams in name order until their open cases reach the wanted number of children.
    const teams = await client.query(
      `SELECT t.id, count(c.id)::int AS n FROM team t JOIN child_case c ON c.team_id = t.id AND c.status = 'open'
       WHERE t.name LIKE 'Tiimi %' GROUP BY t.id, t.name ORDER BY t.name LIMIT 20`,
    );
    let total = 0;
    for (const team of teams.rows) {
      if (total >= children) break;
      await client.query(
        `INSERT INTO team_member (id, team_id, user_id, team_role, valid_from)
         VALUES (gen_random_uuid(), $1, $2, 'coordinator', now() - interval '1 day')`,
        [team.id, userId],
      );
      await client.query(
        `INSERT INTO access_relationship (id, user_id, child_id, kind, valid_from, source_id)
         SELECT gen_random_uuid(), $2, c.child_id, 'team', now() - interval '1 day', $1
         FROM child_case c WHERE c.team_id = $1 AND c.status = 'open'
         ORDER BY c.child_id LIMIT $3`,
        [team.id, userId, Math.min(team.n, children - total)],
      );
      total += team.n;
    }
    await client.query('COMMIT');
    return username;
  } finally {
    await client.end();
  }
}

/**
 * The coming meeting of a generated team that discussed 12 families last time, and a member to open it.
 * Some of the 12 are on its agenda already; the rest come back by themselves when it is opened, as their
 * experiments' follow-ups fall due.
 */
export async function meetingWithTwelveFamilies(
  databaseUrl: string,
): Promise<{ meetingId: string; username: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT m.id, (SELECT u.username FROM team_member tm JOIN staff_user u ON u.id = tm.user_id
                      WHERE tm.team_id = m.team_id AND tm.team_role = 'social_worker' AND tm.valid_to IS NULL
                      ORDER BY u.username LIMIT 1) AS username
       FROM meeting m
       WHERE m.date >= current_date AND m.status = 'scheduled'
         AND (SELECT count(*) FROM agenda_item a
              WHERE a.meeting_id = (SELECT p.id FROM meeting p WHERE p.team_id = m.team_id AND p.date < current_date
                                    ORDER BY p.date DESC LIMIT 1)) >= 12
       ORDER BY m.date, m.id LIMIT 1`,
    );
    if (!rows[0])
      throw new Error('no coming meeting with 12 families: seed the county with the current generator');
    return { meetingId: rows[0].id, username: rows[0].username };
  } finally {
    await client.end();
  }
}

/**
 * A multi-agency assessment with eight partners' contributions, its responsible worker to open it,
 * and the number of contributions it has.
 */
export async function assessmentWithEightContributions(
  databaseUrl: string,
): Promise<{ multiagencyId: string; username: string; contributions: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT m.id, u.username, count(c.id)::int AS contributions
       FROM multiagency_assessment m
       JOIN child_case k ON k.child_id = m.child_id AND k.status = 'open'
       JOIN staff_user u ON u.id = k.responsible_worker_id
       JOIN multiagency_contribution c ON c.multiagency_id = m.id
       GROUP BY m.id, u.username
       HAVING count(c.id) >= 8
       ORDER BY m.id LIMIT 1`,
    );
    if (!rows[0])
      throw new Error(
        'no multi-agency assessment with 8 contributions: seed the county with the current generator (BENCH_FRESH=1)',
      );
    return { multiagencyId: rows[0].id, username: rows[0].username, contributions: rows[0].contributions };
  } finally {
    await client.end();
  }
}
