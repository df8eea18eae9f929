"""JSON Schemas (draft 2020-12) for the graph the pipeline emits and for its config.

This folder is the source of truth; it is installed as the `pipeline.schemas`
package so a wheel install finds the files too.
"""
