/**
 * RFC 9457 problem details: the one place where error codes become HTTP responses.
 */
import type { Response } from 'express'
import { AppError, ErrorCodes, type ErrorCode } from '../lib/errors'

export const PROBLEM_TYPE_PREFIX = 'urn:custody:problem:'

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  code: ErrorCode
  requestId: string
  errors?: { pointer: string; detail: string }[]
  [k: string]: unknown
}

export function problemOf(e: AppError, instance: string, requestId: string): ProblemBody {
  const def = ErrorCodes[e.code]
  return {
    ...(e.extra ?? {}),
    type: PROBLEM_TYPE_PREFIX + e.code,
    title: def.title,
    status: def.status,
    detail: e.message,
    instance,
    code: e.code,
    requestId,
    ...(e.errors ? { errors: e.errors } : {}),
  }
}

export function sendProblem(res: Response, body: ProblemBody): void {
  // res.json keeps the Content-Type set here (and lets the OpenAPI response validator see problems too).
  res.status(body.status).type('application/problem+json').json(body)
}
