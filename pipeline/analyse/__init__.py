"""The analysis engine: documents to sentences, parses, entities and triples.

- `segment`: the cheap pass without a model (tokens, sentence bounds, trigger sentences);
- `component`: which model components run on which sentence;
- `rows`: entity and triple rows with document offsets, and stored parses;
- `workers`: the unit of work, in the main process or forked workers;
- `cluster`: the same work on a Dask cluster;
- `cache`: the engine over a work store, with its parse and row caches.
"""
