import type * as z from 'zod/mini'

import { type FileIssue, type FileIssueKey, jsonPath, jsonTypeName } from './file-error'

/**
 * What a check of a `z.superRefine` refinement puts in a custom issue's `params`, so the issue is
 * worded like the others (`zodFileIssues`).
 */
export interface FileIssueParams {
  key: FileIssueKey
  values?: Readonly<Record<string, string | number>>
}

const listed = (values: readonly unknown[]): string =>
  values
    .map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)))
    .join(', ')

function described(issue: z.core.$ZodIssue): Omit<FileIssue, 'path'> {
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value')
  )
    return { key: 'common.issueMissing' }
  switch (issue.code) {
    case 'invalid_type':
      return {
        key: 'common.issueType',
        values: {
          expected: issue.expected === 'int' ? 'integer' : issue.expected,
          actual: jsonTypeName(issue.input),
        },
      }
    case 'too_small':
    case 'too_big':
      return {
        key: issue.code === 'too_small' ? 'common.issueTooSmall' : 'common.issueTooBig',
        values: {
          origin: issue.origin,
          limit: Number(issue.code === 'too_small' ? issue.minimum : issue.maximum),
          inclusive: String(issue.inclusive ?? true),
        },
      }
    case 'invalid_format':
      return { key: 'common.issuePattern', values: { pattern: issue.pattern ?? issue.format } }
    case 'invalid_value':
      return {
        key: 'common.issueValue',
        values: { count: issue.values.length, values: listed(issue.values) },
      }
    case 'unrecognized_keys':
      return {
        key: 'common.issueUnknownFields',
        values: { count: issue.keys.length, keys: listed(issue.keys) },
      }
    case 'custom': {
      const params = issue.params as FileIssueParams | undefined
      if (params?.key !== undefined) return params
      return { key: 'common.issueInvalid' }
    }
    default:
      return { key: 'common.issueInvalid' }
  }
}

/**
 * zod's issues as file issues, each at its JSON path under `at` (`jsonPath`), in the words of the
 * `common` part rather than zod's: per issue code (a missing field, a wrong type, too short or too
 * long, a pattern, a value not among those allowed, unknown fields), a custom issue by the message
 * its `params` name (`FileIssueParams`). A missing field is told from a wrong type by the issue's
 * `input`, so the value must be parsed with `reportInput: true`.
 */
export function zodFileIssues(
  issues: readonly z.core.$ZodIssue[],
  at: readonly PropertyKey[] = [],
): FileIssue[] {
  return issues.map((issue) => ({ path: jsonPath([...at, ...issue.path]), ...described(issue) }))
}
