/**
 * The CTDL classes Pathwise reads, and how each maps to a catalog-v1 credential kind (and back).
 */
import type { CredentialKind } from '@pathwise/core';

/** PathwayComponent subclasses and the kind each becomes (CredentialComponent: see credentialKind). */
export const COMPONENT_KINDS: Record<string, CredentialKind | 'credential'> = {
  CredentialComponent: 'credential',
  CourseComponent: 'course',
  AssessmentComponent: 'assessment',
  // A competency is demonstrated, which the catalog models as an assessment.
  CompetencyComponent: 'assessment',
  // A generic step (an application, an interview): the nearest kind is a course-like activity.
  BasicComponent: 'course',
  WorkExperienceComponent: 'experience',
  JobComponent: 'experience',
  CocurricularComponent: 'experience',
  ExtracurricularComponent: 'experience',
};

/** CTDL credential classes (and credentialType values), by the kind each becomes. */
const CREDENTIAL_CLASS_KINDS: [RegExp, CredentialKind][] = [
  [/^(MicroCredential|Microcredential)$/i, 'micro-credential'],
  [/Badge$/i, 'badge'],
  [/^Certification$/i, 'certification'],
  [
    /Degree$|Doctorate$|^Diploma$|^GeneralEducationDevelopment$|^SecondarySchoolDiploma$/i,
    'degree',
  ],
  [/License$|^Licence$/i, 'license'],
  [/Certificate|^CertificateOfCompletion$/i, 'certificate'],
];

/** Learning-opportunity and assessment classes a ConditionProfile may target. */
export const ACTIVITY_KINDS: Record<string, CredentialKind> = {
  AssessmentProfile: 'assessment',
  LearningOpportunityProfile: 'course',
  LearningProgram: 'course',
  Course: 'course',
};

/**
 * @param name - a CTDL credential class or credentialType local name (`Certificate`, `BachelorDegree`)
 * @returns the kind, or undefined when the name is not a known credential class
 */
export function credentialKind(name: string): CredentialKind | undefined {
  if (kindCache.has(name)) return kindCache.get(name);
  const kind = CREDENTIAL_CLASS_KINDS.find(([re]) => re.test(name))?.[1];
  if (kindCache.size < 1000) kindCache.set(name, kind); // type names repeat on every node
  return kind;
}
const kindCache = new Map<string, CredentialKind | undefined>();

/** @returns whether a type name is a CTDL credential class (`…Credential`, `Certificate`, …) */
export function isCredentialClass(name: string): boolean {
  return credentialKind(name) !== undefined || /Credential$/.test(name);
}

/** How a catalog kind is written as a pathway component: its class and, for credentials, its type. */
export function componentFor(kind: CredentialKind): { type: string; credentialType?: string } {
  switch (kind) {
    case 'course':
      return { type: 'ceterms:CourseComponent' };
    case 'assessment':
      return { type: 'ceterms:AssessmentComponent' };
    case 'experience':
      return { type: 'ceterms:WorkExperienceComponent' };
    case 'micro-credential':
      return { type: 'ceterms:CredentialComponent', credentialType: 'ceterms:MicroCredential' };
    case 'badge':
      return { type: 'ceterms:CredentialComponent', credentialType: 'ceterms:DigitalBadge' };
    case 'certificate':
      return { type: 'ceterms:CredentialComponent', credentialType: 'ceterms:Certificate' };
    case 'certification':
      return { type: 'ceterms:CredentialComponent', credentialType: 'ceterms:Certification' };
    case 'degree':
      return { type: 'ceterms:CredentialComponent', credentialType: 'ceterms:Degree' };
    case 'license':
      return { type: 'ceterms:CredentialComponent', credentialType: 'ceterms:License' };
  }
}
