// Starts GraphiQL (served from this package, no CDN) against this origin's /graphql.
/* global React, ReactDOM, GraphiQL, document, window */
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
const defaultQuery = `# Pathwise: exact planning over stackable credentials.
{
  plan(input: { target: "google-da-cert", objective: FASTEST, weeklyHours: 10 }) {
    feasible
    optimal
    totalCost
    totalWeeks
    steps { credential { id name } cost startWeek endWeek }
  }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
);
