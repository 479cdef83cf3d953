"""The Qt desktop app: a thin model/view layer over the engine; computes nothing itself."""
