"""The stages of the extraction pipeline, one module each; their order is pipeline.STAGES."""
