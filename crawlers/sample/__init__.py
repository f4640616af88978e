"""The bundled offline sample: generated Greenhouse recordings of fictional companies."""
