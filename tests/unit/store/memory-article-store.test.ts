import { createMemoryArticleStore } from '../../../src/store/memory-article-store.js';
import { describeArticleStoreContract } from './article-store.contract.js';

describeArticleStoreContract('memory store', (clock) => ({ store: createMemoryArticleStore({ clock }), close: () => {} }));
