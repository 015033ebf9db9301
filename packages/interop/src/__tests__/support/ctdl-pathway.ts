// Small compact-form CTDL pathways for the import tests: a pathway around its components, a
// course component and the goal course whose conditions a test varies.
/** A small pathway in compact form whose parts the error tests vary. */
export const pathway = (components: object[], extra: object = {}): object => ({
  '@context': 'https://credreg.net/ctdl/schema/context/json',
  '@graph': [
    {
      '@id': 'https://ex.org/p',
      '@type': 'ceterms:Pathway',
      'ceterms:name': 'P',
      'ceterms:hasDestinationComponent': ['https://ex.org/goal'],
      ...extra,
    },
    ...components,
  ],
});
export const course = (key: string, more: object = {}): object => ({
  '@id': `https://ex.org/${key}`,
  '@type': 'ceterms:CourseComponent',
  'ceterms:name': key,
  'ceterms:creditValue': 5,
  ...more,
});
export const goal = (conditions: object[]): object =>
  course('goal', { 'ceterms:hasCondition': conditions });
