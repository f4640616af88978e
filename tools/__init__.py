"""Development tools kept out of the installed package: the sample generator, the browser driver."""
