# Bundled reference data and desktop files, shipped inside the package as `tracker.resources`
# (read through importlib.resources; see tracker/paths.py).
