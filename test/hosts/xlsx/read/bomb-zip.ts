/** The zip bombs live with the benchmark that times their refusal; the tests use the same ones. */
export * from "../../../../src/dev/bench/bomb-zip";
