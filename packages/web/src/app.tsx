/**
 * The page: a header with the three views (learner, board, publisher) as links that keep their own query in the
 * URL, and the view named by `?view=`.
 */
import { BoardView } from './board/board-view.js';
import { LearnerView } from './learner/learner-view.js';
import { PublisherView } from './publisher/publisher-view.js';
import { readQuery } from './state/query-state.js';

const TITLES = {
  learner: 'Plan your way to a credential',
  board: 'What a group can reach',
  publisher: 'Publish your catalog',
};

/** @returns the page */
export function App() {
  const { view, learner, board } = readQuery(location.search);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <h1>Pathwise</h1>
        <p class="tagline">The cheapest and the fastest way to a credential, worked out exactly.</p>
        <nav aria-label="Views">
          <a href="?view=learner" aria-current={view === 'learner' ? 'page' : undefined}>
            Learner
          </a>
          <a href="?view=board" aria-current={view === 'board' ? 'page' : undefined}>
            Board
          </a>
          <a href="?view=publisher" aria-current={view === 'publisher' ? 'page' : undefined}>
            Publisher
          </a>
          <a href="/graphql">GraphiQL</a>
        </nav>
      </header>
      <main id="main">
        <h2>{TITLES[view]}</h2>
        {view === 'learner' && <LearnerView initial={learner} />}
        {view === 'board' && <BoardView initial={board} />}
        {view === 'publisher' && <PublisherView />}
      </main>
    </>
  );
}
