package io.github.motcua.cli.serve;

/** What the service does for one method and path: reads the request, calls the library, answers. */
@FunctionalInterface
interface Endpoint {
    /**
     * Answers a request, once; a {@link Problem} thrown before answering is answered by the router.
     *
     * @param exchange the request and its response
     * @param master the master data in use when the request came
     */
    void answer(Exchange exchange, Snapshot master) throws Exception;
}
