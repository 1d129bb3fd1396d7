import { z } from 'zod'
import { getKekRotationView, listKekRotationViews } from '../../domain/custody/queries'
import { resumeKekRotation } from '../../domain/custody/resumeKekRotation'
import { startKekRotation } from '../../domain/custody/startKekRotation'
import { decodeCursor, pageOf } from '../../domain/pagination'
import { defineRoute } from '../route'
import { PageQuery, Timestamp, Uuid, listOf } from '../schemas'

const RotationParams = z.strictObject({ rotationId: Uuid.meta({ description: 'KEK rotation id' }) })

export const KekRotation = z
  .object({
    id: Uuid.meta({ description: 'KEK rotation id' }),
    backend: z.enum(['local', 'aws-kms', 'pkcs11']).meta({ description: 'Key backend whose data keys are re-wrapped', example: 'aws-kms' }),
    targetKekId: z.string().meta({
      description: 'The KEK every data key is re-wrapped under: a KMS key ARN, `pkcs11:<label>` or `local:<fingerprint>`',
      example: 'arn:aws:kms:eu-west-1:111122223333:key/7c1e4b2a-9d3f-4e8a-b6c5-0a1b2c3d4e5f',
    }),
    status: z
      .enum(['running', 'completed', 'failed'])
      .meta({ description: '`running`, `completed`, or `failed`: a data key could not be re-wrapped (see `lastError`); resume retries from there', example: 'running' }),
    total: z.number().int().meta({ description: 'Data keys that were under another KEK when the rotation started', example: 120 }),
    rewrapped: z.number().int().meta({ description: 'Data keys re-wrapped so far', example: 80 }),
    remaining: z.number().int().meta({ description: 'Data keys still to re-wrap: total − rewrapped', example: 40 }),
    lastError: z
      .string()
      .nullable()
      .meta({ description: 'Why the rotation failed (the wallet whose data key could not be re-wrapped, and the backend\'s error); null unless `failed`', example: null }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    completedAt: Timestamp.nullable().meta({ description: 'When every data key was re-wrapped; null until then' }),
  })
  .meta({ id: 'KekRotation', description: 'A rotation of the key-encryption key: re-wraps every stored data key under the current KEK' })

export const adminRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/admin/kek-rotations',
    operationId: 'startKekRotation',
    summary: 'Start a KEK rotation',
    description:
      "Re-wraps every stored data key of the configured key backend under the backend's current KEK (AWS KMS: the key AWS_KMS_KEK_KEY_ID names now; PKCS#11: PKCS11_KEK_LABEL; local: LOCAL_MASTER_KEY), in the background. Seeds are never decrypted; KMS re-wraps with ReEncrypt and the HSM inside the token. Data keys under earlier KEKs keep working until it completes. Follow it with GET.",
    tags: ['Admin'],
    scope: 'admin',
    idempotency: 'optional',
    responses: { 202: { description: 'The rotation (already `completed` when no data key needed re-wrapping)', schema: KekRotation } },
    errors: ['invalid_state', 'key_backend_unavailable', 'key_unusable', 'key_backend_failed'],
    async handler({ deps, principal }) {
      return { status: 202, body: await startKekRotation(deps, principal) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/admin/kek-rotations',
    operationId: 'listKekRotations',
    summary: 'List KEK rotations',
    tags: ['Admin'],
    scope: 'admin',
    query: PageQuery,
    responses: { 200: { description: 'A page of rotations, newest first', schema: listOf(KekRotation, 'KekRotationList') } },
    async handler({ deps, query }) {
      const items = await listKekRotationViews(deps, { limit: query.limit, ...(query.cursor ? { cursor: decodeCursor(query.cursor, 'id') } : {}) })
      return { status: 200, body: pageOf(items, query.limit, (r) => r.id) }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/admin/kek-rotations/{rotationId}',
    operationId: 'getKekRotation',
    summary: 'Get a KEK rotation and its progress',
    tags: ['Admin'],
    scope: 'admin',
    params: RotationParams,
    responses: { 200: { description: 'The rotation', schema: KekRotation } },
    errors: ['kek_rotation_not_found'],
    async handler({ deps, params }) {
      return { status: 200, body: await getKekRotationView(deps, params.rotationId) }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/admin/kek-rotations/{rotationId}/resume',
    operationId: 'resumeKekRotation',
    summary: 'Resume a KEK rotation',
    description: 'Continues a `failed` rotation (or one whose job was lost) after the last re-wrapped data key.',
    tags: ['Admin'],
    scope: 'admin',
    idempotency: 'optional',
    params: RotationParams,
    responses: { 202: { description: 'The rotation, running again', schema: KekRotation } },
    errors: ['kek_rotation_not_found', 'invalid_state'],
    async handler({ deps, params }) {
      return { status: 202, body: await resumeKekRotation(deps, params.rotationId) }
    },
  }),
]
