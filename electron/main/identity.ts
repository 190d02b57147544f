/** The app's id for the OS (Windows AppUserModelID, macOS bundle id); electron-builder.yml's appId is the same. */
export const APP_ID = 'io.github.mentorplanner.desktop';
